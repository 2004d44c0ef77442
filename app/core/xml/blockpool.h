// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <new>

#if defined(__SANITIZE_ADDRESS__)
#define INSPECTOR_BLOCKPOOL_OFF 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define INSPECTOR_BLOCKPOOL_OFF 1
#endif
#endif

namespace Inspector {

/**
 * A per-thread list of freed blocks of one size, for the objects a parser makes and frees by
 * the hundred thousand (the elements of a stanza, each in its shared block): taking a block
 * from the list and giving it back costs a few instructions where malloc and free cost tens.
 * At most MaxFree blocks wait in a list (the rest go back to the heap), so a burst of
 * elements freed at once leaves at most MaxFree × Size bytes behind in each thread.
 * A block may be freed in another thread than the one that made it: it joins that thread's
 * list. Off under AddressSanitizer, which then sees every block as made and freed.
 */
template<std::size_t Size> class BlockPool
{
public:
    static constexpr int MaxFree = 4096;

    static void *take()
    {
#ifndef INSPECTOR_BLOCKPOOL_OFF
        List &l = list();
        if (l.head) {
            Node *n = l.head;
            l.head = n->next;
            --l.count;
            return n;
        }
#endif
        return ::operator new(Size);
    }

    /// Blocks waiting in this thread's list.
    static int freeCount()
    {
        return list().count;
    }

    static void give(void *p)
    {
#ifndef INSPECTOR_BLOCKPOOL_OFF
        List &l = list();
        if (!l.closed && l.count < MaxFree) {
            l.head = new (p) Node{l.head};
            ++l.count;
            return;
        }
#endif
        ::operator delete(p);
    }

private:
    struct Node
    {
        Node *next;
    };
    static_assert(Size >= sizeof(Node));
    // Trivially destructible, so still usable while the thread's other objects are destroyed
    // (an element freed then goes straight back to the heap).
    struct List
    {
        Node *head = nullptr;
        int count = 0;
        bool closed = false;
    };
    // Hands the thread's blocks back to the heap when the thread ends.
    struct Drain
    {
        ~Drain()
        {
            List &l = state;
            l.closed = true;
            while (l.head) {
                Node *n = l.head;
                l.head = n->next;
                ::operator delete(static_cast<void *>(n));
            }
            l.count = 0;
        }
    };
    static List &list()
    {
        thread_local Drain drain; // constructed with the first use, so destroyed before exit
        (void)drain;
        return state;
    }
    static inline thread_local List state;
};

/// A standard allocator over BlockPool<Size>, for std::allocate_shared, which asks it for one
/// object of its own (the shared block: the object and its counts) that must fit in Size.
template<typename T, std::size_t Size> struct PoolAllocator
{
    using value_type = T;
    template<typename U> struct rebind
    {
        using other = PoolAllocator<U, Size>;
    };
    PoolAllocator() = default;
    template<typename U> PoolAllocator(const PoolAllocator<U, Size> &) noexcept {}
    T *allocate(std::size_t n)
    {
        static_assert(sizeof(T) <= Size, "the pool's blocks are too small for this object");
        static_assert(alignof(T) <= __STDCPP_DEFAULT_NEW_ALIGNMENT__);
        if (n == 1)
            return static_cast<T *>(BlockPool<Size>::take());
        return static_cast<T *>(::operator new(n * sizeof(T)));
    }
    void deallocate(T *p, std::size_t n) noexcept
    {
        if (n == 1)
            BlockPool<Size>::give(p);
        else
            ::operator delete(p);
    }
    template<typename U> bool operator==(const PoolAllocator<U, Size> &) const noexcept
    {
        return true;
    }
    template<typename U> bool operator!=(const PoolAllocator<U, Size> &) const noexcept
    {
        return false;
    }
};

} // namespace Inspector
