# German for the messages of issue 15 (a restore cuts the undo history and says why).
new = {
    "Restored from backup. Undo does not reach across a restore; what it replaced was kept as a backup (File ▸ Restore from backup).":
        "Aus der Sicherung wiederhergestellt. Rückgängig reicht nicht über eine Wiederherstellung zurück; was sie ersetzt hat, wurde als Sicherung aufbewahrt (Datei ▸ Aus Sicherung wiederherstellen).",
    "A restore is undone by restoring the backup of what it replaced: File ▸ Restore from backup":
        "Eine Wiederherstellung macht man rückgängig, indem man die Sicherung dessen wiederherstellt, was sie ersetzt hat: Datei ▸ Aus Sicherung wiederherstellen",
}
new.update({
    # The Vendors tab: Alt+V is the View menu (Alt+A "Ansicht" in German).
    "Ve&ndors": "A&nbieter",
})
new.update({
    # On the map tab Alt+P is Play and Alt+R Reset view.
    "Open profi&le": "Profil &öffnen",
})
new.update({
    # Mnemonics made unique on each tab (tst_mainwindow: noTwoVisibleControlsShareAMnemonic).
    "A&s of:": "S&tand:",
    "F&it": "&Einpassen",
    "Mea&sure:": "&Maßnahme:",
})
new.update({
    "E&very government with a decision": "&Jede Regierung mit einer Entscheidung",
})
new.update({
    # Alt+C is Cancel in the editor's buttons under GNOME.
    "Co&nfidence:": "&Verlässlichkeit:",
})
