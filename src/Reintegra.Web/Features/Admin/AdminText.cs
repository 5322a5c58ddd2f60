namespace Reintegra.Web.Features.Admin;

/// <summary>Strings of the administration area (AdminText.resx Spanish, .en.resx English).</summary>
public sealed class AdminText;
