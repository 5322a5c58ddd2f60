namespace Reintegra.Web.Features.AssistedReturn;

/// <summary>Strings of the assisted-return area (AssistedReturnText.resx Spanish, .en.resx English).</summary>
public sealed class AssistedReturnText;
