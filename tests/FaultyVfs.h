#pragma once

// An SQLite VFS that wraps the default one and fails the Nth write, sync or
// truncate (counted across every file of the connection, WAL included), as a
// full disk or a dying device would. Used to check that a store survives an
// I/O failure at every point of a save.

#include <sqlite3.h>

#include <cstring>

namespace testsupport {

struct FaultyVfs
{
    static inline sqlite3_vfs *base = nullptr;
    static inline sqlite3_vfs vfs{};
    static inline sqlite3_io_methods methods{};
    static inline int failAt = 0;     // 1-based operation to fail; 0: never
    static inline int operations = 0; // writes + syncs + truncates seen
    static inline bool failed = false;

    struct File
    {
        sqlite3_file base;
        sqlite3_file *real;
    };

    static bool shouldFail()
    {
        ++operations;
        if (failAt > 0 && operations == failAt) {
            failed = true;
            return true;
        }
        return false;
    }

    static sqlite3_file *real(sqlite3_file *f) { return reinterpret_cast<File *>(f)->real; }

    static int xClose(sqlite3_file *f)
    {
        sqlite3_file *r = real(f);
        const int rc = r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
        sqlite3_free(r);
        return rc;
    }
    static int xRead(sqlite3_file *f, void *buf, int n, sqlite3_int64 off) { return real(f)->pMethods->xRead(real(f), buf, n, off); }
    static int xWrite(sqlite3_file *f, const void *buf, int n, sqlite3_int64 off)
    {
        return shouldFail() ? SQLITE_IOERR_WRITE : real(f)->pMethods->xWrite(real(f), buf, n, off);
    }
    static int xTruncate(sqlite3_file *f, sqlite3_int64 size)
    {
        return shouldFail() ? SQLITE_IOERR_TRUNCATE : real(f)->pMethods->xTruncate(real(f), size);
    }
    static int xSync(sqlite3_file *f, int flags) { return shouldFail() ? SQLITE_IOERR_FSYNC : real(f)->pMethods->xSync(real(f), flags); }
    static int xFileSize(sqlite3_file *f, sqlite3_int64 *size) { return real(f)->pMethods->xFileSize(real(f), size); }
    static int xLock(sqlite3_file *f, int l) { return real(f)->pMethods->xLock(real(f), l); }
    static int xUnlock(sqlite3_file *f, int l) { return real(f)->pMethods->xUnlock(real(f), l); }
    static int xCheckReservedLock(sqlite3_file *f, int *out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); }
    static int xFileControl(sqlite3_file *f, int op, void *arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); }
    static int xSectorSize(sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); }
    static int xDeviceCharacteristics(sqlite3_file *f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
    static int xShmMap(sqlite3_file *f, int i, int size, int extend, void volatile **p)
    {
        return real(f)->pMethods->xShmMap(real(f), i, size, extend, p);
    }
    static int xShmLock(sqlite3_file *f, int offset, int n, int flags) { return real(f)->pMethods->xShmLock(real(f), offset, n, flags); }
    static void xShmBarrier(sqlite3_file *f) { real(f)->pMethods->xShmBarrier(real(f)); }
    static int xShmUnmap(sqlite3_file *f, int deleteFlag) { return real(f)->pMethods->xShmUnmap(real(f), deleteFlag); }

    static int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
    {
        File *f = reinterpret_cast<File *>(file);
        f->real = static_cast<sqlite3_file *>(sqlite3_malloc(base->szOsFile));
        std::memset(f->real, 0, size_t(base->szOsFile));
        const int rc = base->xOpen(base, name, f->real, flags, outFlags);
        if (rc != SQLITE_OK) {
            sqlite3_free(f->real);
            f->base.pMethods = nullptr;
            return rc;
        }
        f->base.pMethods = &methods;
        return SQLITE_OK;
    }
    static int xDelete(sqlite3_vfs *, const char *name, int syncDir) { return base->xDelete(base, name, syncDir); }
    static int xAccess(sqlite3_vfs *, const char *name, int flags, int *out) { return base->xAccess(base, name, flags, out); }
    static int xFullPathname(sqlite3_vfs *, const char *name, int n, char *out) { return base->xFullPathname(base, name, n, out); }
    static int xRandomness(sqlite3_vfs *, int n, char *out) { return base->xRandomness(base, n, out); }
    static int xSleep(sqlite3_vfs *, int us) { return base->xSleep(base, us); }
    static int xCurrentTime(sqlite3_vfs *, double *t) { return base->xCurrentTime(base, t); }
    static int xGetLastError(sqlite3_vfs *, int n, char *out) { return base->xGetLastError(base, n, out); }
    static int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *t) { return base->xCurrentTimeInt64(base, t); }

    static void install()
    {
        if (base)
            return;
        base = sqlite3_vfs_find(nullptr);
        methods.iVersion = 3;
        methods.xClose = xClose;
        methods.xRead = xRead;
        methods.xWrite = xWrite;
        methods.xTruncate = xTruncate;
        methods.xSync = xSync;
        methods.xFileSize = xFileSize;
        methods.xLock = xLock;
        methods.xUnlock = xUnlock;
        methods.xCheckReservedLock = xCheckReservedLock;
        methods.xFileControl = xFileControl;
        methods.xSectorSize = xSectorSize;
        methods.xDeviceCharacteristics = xDeviceCharacteristics;
        methods.xShmMap = xShmMap;
        methods.xShmLock = xShmLock;
        methods.xShmBarrier = xShmBarrier;
        methods.xShmUnmap = xShmUnmap;
        vfs.iVersion = 2;
        vfs.szOsFile = int(sizeof(File));
        vfs.mxPathname = base->mxPathname;
        vfs.zName = "faulty";
        vfs.xOpen = xOpen;
        vfs.xDelete = xDelete;
        vfs.xAccess = xAccess;
        vfs.xFullPathname = xFullPathname;
        vfs.xRandomness = xRandomness;
        vfs.xSleep = xSleep;
        vfs.xCurrentTime = xCurrentTime;
        vfs.xGetLastError = xGetLastError;
        vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
        sqlite3_vfs_register(&vfs, 0);
    }
};

} // namespace testsupport
