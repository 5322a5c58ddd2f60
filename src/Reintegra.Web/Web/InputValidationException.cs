namespace Reintegra.Web.Web;

/// <summary>
/// Input that fails validation. Carries every field error at once, already in the user's language, keyed by the
/// API's camelCase field path ("documents[0].number"); pages map the keys onto their form fields.
/// </summary>
public sealed class InputValidationException(IDictionary<string, string[]> errors)
    : Exception("The input is not valid.")
{
    public IDictionary<string, string[]> Errors { get; } = errors;
}
