// SPDX-License-Identifier: GPL-3.0-or-later
#include "xml/blockpool.h"
#include "xml/streamparser.h"

#include <QTest>

#include <cstring>
#include <set>
#include <thread>
#include <vector>

using namespace Inspector;

namespace {
// A size no other code of the test uses, so the counts below are the test's own.
using Pool = BlockPool<72>;
} // namespace

class TestBlockPool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void freedBlocksAreTakenAgain();
    void listIsBounded();
    void blockFreedInAnotherThread();
    void parsedElementsUseThePool();
};

void TestBlockPool::init()
{
#ifdef INSPECTOR_BLOCKPOOL_OFF
    QSKIP("the pool is off under AddressSanitizer: every block is the heap's");
#endif
}

void TestBlockPool::freedBlocksAreTakenAgain()
{
    const int before = Pool::freeCount();
    std::vector<void *> blocks;
    for (int i = 0; i < 10; ++i) {
        blocks.push_back(Pool::take());
        std::memset(blocks.back(), 0xab, 72); // the whole block is the caller's
    }
    for (void *p : blocks)
        Pool::give(p);
    QCOMPARE(Pool::freeCount(), before + 10);
    // The last one given back is the first taken: still warm in the cache.
    std::set<void *> again;
    void *first = Pool::take();
    QCOMPARE(first, blocks.back());
    again.insert(first);
    for (int i = 1; i < 10; ++i)
        again.insert(Pool::take());
    QCOMPARE(again, std::set<void *>(blocks.begin(), blocks.end()));
    QCOMPARE(Pool::freeCount(), before);
    for (void *p : again)
        Pool::give(p);
}

void TestBlockPool::listIsBounded()
{
    std::vector<void *> blocks;
    for (int i = 0; i < Pool::MaxFree + 100; ++i)
        blocks.push_back(Pool::take());
    for (void *p : blocks)
        Pool::give(p); // beyond MaxFree, back to the heap
    QCOMPARE(Pool::freeCount(), Pool::MaxFree);
}

void TestBlockPool::blockFreedInAnotherThread()
{
    void *p = Pool::take();
    const int here = Pool::freeCount();
    int there = -1;
    std::thread t([p, &there] {
        Pool::give(p);
        there = Pool::freeCount();
        // The thread ends with a block in its list: handed back to the heap then.
    });
    t.join();
    QCOMPARE(there, 1);
    QCOMPARE(Pool::freeCount(), here);
}

void TestBlockPool::parsedElementsUseThePool()
{
    // The elements of a stanza come from the pool and go back to it with the last reference
    // to the stanza: a stream of stanzas takes the same few blocks again and again.
    using Elements = BlockPool<StreamParser::ElementBlockSize>;
    StreamParser parser;
    ElementPtr held;
    int stanzas = 0;
    int fewest = Elements::MaxFree;
    QObject::connect(&parser, &StreamParser::elementReceived, &parser,
                     [&](const ElementPtr &e, const QByteArray &, qint64) {
                         if (++stanzas == 1)
                             held = e; // one kept: its blocks stay its own
                         fewest = qMin(fewest, Elements::freeCount());
                     });
    parser.feed(
        "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>");
    const int before = Elements::freeCount();
    parser.feed("<message to='a@b'><body>hi</body><thread>t</thread></message>");
    QCOMPARE(Elements::freeCount(), qMax(0, before - 3)); // the kept stanza's three
    for (int i = 0; i < 1000; ++i)
        parser.feed("<message to='a@b'><body>hi</body><thread>t</thread></message>");
    QCOMPARE(stanzas, 1001);
    // Each stanza took three blocks while it was parsed and gave them back when done.
    QCOMPARE(Elements::freeCount(), qMax(3, before - 3));
    QVERIFY(fewest >= qMax(0, before - 3) - 3);
    QCOMPARE(held->name(), QStringLiteral("message"));
    QCOMPARE(held->children().size(), 2);
    QCOMPARE(held->children().at(0)->text(), QStringLiteral("hi"));
    QCOMPARE(held->children().at(1)->text(), QStringLiteral("t"));
    held.reset();
    QCOMPARE(Elements::freeCount(), qMax(3, before - 3) + 3);
}

QTEST_GUILESS_MAIN(TestBlockPool)
#include "tst_blockpool.moc"
