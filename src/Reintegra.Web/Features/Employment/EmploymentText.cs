namespace Reintegra.Web.Features.Employment;

/// <summary>Strings of the employment pages (EmploymentText.resx is Spanish, .en.resx English).</summary>
public sealed class EmploymentText;
