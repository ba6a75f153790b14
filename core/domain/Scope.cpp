#include "Scope.h"

#include "Regions.h"

bool Scope::parse(const QString &text, QString *scope, QString *error)
{
    const QString t = text.trimmed();
    if (t.compare(national(), Qt::CaseInsensitive) == 0) {
        *scope = national();
        return true;
    }
    if (t.size() == 2 && Regions::shipped().province(t)) {
        *scope = t;
        return true;
    }
    const QString regency = Regions::normaliseRegencyCode(t);
    if (!regency.isEmpty() && Regions::shipped().regency(regency)) {
        *scope = regency;
        return true;
    }
    *error =
        tr("%1 is no scope: give a regency's code (3311), a province's (33) or national.").arg(t);
    return false;
}

bool Scope::coversRegency(const QString &scope, const QString &regencyCode)
{
    if (scope.isEmpty() || scope == national())
        return true;
    return scope.size() == 2 ? regencyCode.startsWith(scope) : regencyCode == scope;
}

bool Scope::covers(const QString &outer, const QString &inner)
{
    if (outer.isEmpty() || outer == national())
        return outer.isEmpty() || !inner.isEmpty();
    return !inner.isEmpty() && inner != national() && inner.startsWith(outer);
}

QString Scope::displayName(const QString &scope)
{
    if (scope.isEmpty())
        return {};
    if (scope == national())
        return tr("the whole country");
    return Regions::nameOf(scope);
}
