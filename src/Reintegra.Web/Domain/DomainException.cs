namespace Reintegra.Web.Domain;

/// <summary>
/// A business rule was broken. <see cref="Code"/> is a stable key that the UI and the API translate
/// into the user's language; <see cref="Arguments"/> fill its placeholders.
/// </summary>
public sealed class DomainException(string code, params object[] arguments) : Exception(code)
{
    public string Code { get; } = code;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}
