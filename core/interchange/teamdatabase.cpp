#include "interchange/teamdatabase.h"

#include "domain/errors.h"
#include "interchange/database.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace banatlas {
namespace {

struct TeamText final {
    Q_DECLARE_TR_FUNCTIONS(banatlas::TeamDatabase)
};

} // namespace

TeamSetup initTeamDatabase(const ServerAddress &address, bool empty, const AskPassword &ask) {
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        throw StoreError(
            TeamText::tr("cannot make a scratch folder: %1").arg(scratch.errorString()));
    }
    const auto store =
        openDatabase(scratch.filePath(u"team.banatlas"_s), empty ? Seed::None : Seed::Bundled);
    return setUpTeamDatabase(address, *store, !empty, ask);
}

} // namespace banatlas
