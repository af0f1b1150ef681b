# German for the messages of issue 15 (a restore cuts the undo history and says why).
new = {
    "Restored from backup. Undo does not reach across a restore; what it replaced was kept as a backup (File ▸ Restore from backup).":
        "Aus der Sicherung wiederhergestellt. Rückgängig reicht nicht über eine Wiederherstellung zurück; was sie ersetzt hat, wurde als Sicherung aufbewahrt (Datei ▸ Aus Sicherung wiederherstellen).",
    "A restore is undone by restoring the backup of what it replaced: File ▸ Restore from backup":
        "Eine Wiederherstellung macht man rückgängig, indem man die Sicherung dessen wiederherstellt, was sie ersetzt hat: Datei ▸ Aus Sicherung wiederherstellen",
}
