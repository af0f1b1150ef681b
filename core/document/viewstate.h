#pragma once

#include <QDate>
#include <QObject>
#include <QStringList>

namespace banatlas {

// What every view shows: the as-of date, the vendors that count, and the selection.
// There is one of these per window; views follow it and write to it, never to copies.
class ViewState final : public QObject {
    Q_OBJECT

public:
    explicit ViewState(QObject *parent = nullptr);

    QDate asOf() const { return m_asOf; }
    // Empty: every vendor counts.
    const QStringList &vendors() const { return m_vendors; }
    const QString &country() const { return m_country; }
    qint64 decision() const { return m_decision; }

    void setAsOf(QDate date);
    void setVendors(const QStringList &vendors);
    void setCountry(const QString &code);
    void setDecision(qint64 id);

signals:
    void asOfChanged(QDate date);
    void vendorsChanged(const QStringList &vendors);
    void countryChanged(const QString &code);
    void decisionChanged(qint64 id);

private:
    QDate m_asOf;
    QStringList m_vendors;
    QString m_country;
    qint64 m_decision = 0;
};

} // namespace banatlas
