namespace Reintegra.Web.Features.Reception;

/// <summary>Strings of the reception area (ReceptionText.resx Spanish, .en.resx English).</summary>
public sealed class ReceptionText;
