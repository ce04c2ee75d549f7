#pragma once

// The model layer's one error policy: a function that can fail returns a
// Result<T> carrying either the value or a message a person can act on.
// Exceptions never leave the model layer.

#include <QString>

#include <optional>
#include <utility>

namespace pareview {

struct Error
{
    QString message;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error.message)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

// For operations that produce nothing but can fail.
struct Unit
{
};
using Status = Result<Unit>;
inline Status success() { return Unit{}; }

} // namespace pareview
