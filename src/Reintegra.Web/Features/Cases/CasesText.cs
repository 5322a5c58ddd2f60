namespace Reintegra.Web.Features.Cases;

/// <summary>Strings of the case pages (CasesText.resx is Spanish, .en.resx English).</summary>
public sealed class CasesText;
