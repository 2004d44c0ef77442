// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/dnsfact.h"
#include "facts/eventfacts.h"
#include "facts/tlsfact.h"
#include "facts/verdictfact.h"
#include "trace/connectioninfo.h"
#include "xml/streamheader.h"

#include <memory>
#include <type_traits>
#include <variant>

namespace Inspector {

/**
 * What an event says besides its bytes, as the type its kind has: SessionStarted holds a
 * SessionStartedFact, Phase a PhaseEventFact, StreamHeader a StreamHeader, Tls a TlsFact,
 * Note a NoteEventFact, Error an ErrorEventFact, Verdict a VerdictFact, Connection a
 * ConnectionInfo, Dns a DnsFact, SessionFinished a SessionFinishedFact, DiscardedBytes a
 * DiscardedFact, Http an HttpFact; elements, whitespace and stream ends hold nothing. Immutable and
 * shared, so an event stays small and copying one costs a reference count. JSON is made of it only
 * at the edges (trace/eventjson.h).
 */
class EventPayload
{
public:
    using Variant =
        std::variant<std::monostate, SessionStartedFact, PhaseEventFact, StreamHeader, TlsFact,
                     NoteEventFact, ErrorEventFact, VerdictFact, ConnectionInfo, DnsFact,
                     SessionFinishedFact, DiscardedFact, HttpFact>;

    EventPayload() = default;
    template<class T, class = std::enable_if_t<!std::is_same_v<std::decay_t<T>, EventPayload>>>
    EventPayload(T &&fact) // NOLINT(google-explicit-constructor): a fact is a payload
        : m_value(std::make_shared<const Variant>(std::forward<T>(fact)))
    {}

    /// The fact when the payload holds one of type T, null otherwise.
    template<class T> const T *get() const
    {
        return m_value ? std::get_if<T>(m_value.get()) : nullptr;
    }
    /// The fact of type T, or an empty one (an event of another kind, or without a payload).
    template<class T> const T &as() const
    {
        if (const T *t = get<T>())
            return *t;
        static const T none;
        return none;
    }
    bool isEmpty() const { return !m_value || std::holds_alternative<std::monostate>(*m_value); }
    /// Calls `f` with the fact (std::monostate when there is none).
    template<class F> decltype(auto) visit(F &&f) const
    {
        static const Variant none;
        return std::visit(std::forward<F>(f), m_value ? *m_value : none);
    }

private:
    std::shared_ptr<const Variant> m_value;
};

} // namespace Inspector
