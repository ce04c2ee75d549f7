# A 1,000,000-case store for the start-up figure only: the generated
# 100,000-case store with its cases copied nine more times by SQL (new
# references; facts, decisions and audit rows stay those of the first 100k).
import shutil, sqlite3, sys
src, dst = sys.argv[1], sys.argv[2]
shutil.copyfile(src, dst)
db = sqlite3.connect(dst)
cols = [r[1] for r in db.execute("PRAGMA table_info(cases)") if r[1] != 'id']
n = db.execute("SELECT MAX(id) FROM cases").fetchone()[0]
sel = ", ".join("reference || '-C%d'" if c == 'reference' else c for c in cols)
for k in range(1, 10):
    db.execute("INSERT INTO cases (%s) SELECT %s FROM cases WHERE id <= %d" % (", ".join(cols), sel % k, n))
    db.commit()
    print(k, flush=True)
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
print(db.execute("SELECT COUNT(*) FROM cases").fetchone()[0])
