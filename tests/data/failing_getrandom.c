/* An LD_PRELOAD stand-in for glibc's getrandom(3) that fails on purpose, for
 * tests/bulk.rs: it serves SECRETS_TEST_GETRANDOM_BUDGET bytes from the real system call,
 * then fails every later call with EIO. Without the variable it is transparent.
 * The `getrandom` crate finds it with dlsym(RTLD_DEFAULT, "getrandom"). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

static long budget = -2; /* -2: not read yet; -1: unlimited */

ssize_t getrandom(void *buf, size_t len, unsigned int flags) {
    long b = __atomic_load_n(&budget, __ATOMIC_SEQ_CST);
    if (b == -2) {
        const char *s = getenv("SECRETS_TEST_GETRANDOM_BUDGET");
        b = s ? atol(s) : -1;
        __atomic_store_n(&budget, b, __ATOMIC_SEQ_CST);
    }
    if (b >= 0) {
        if (__atomic_sub_fetch(&budget, (long)len, __ATOMIC_SEQ_CST) < 0) {
            __atomic_store_n(&budget, 0, __ATOMIC_SEQ_CST);
            if (len > 0) {
                errno = EIO;
                return -1;
            }
        }
    }
    return syscall(SYS_getrandom, buf, len, flags);
}
