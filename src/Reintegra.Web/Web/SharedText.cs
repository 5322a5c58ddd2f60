namespace Reintegra.Web.Web;

/// <summary>Strings used across areas: navigation, common labels, validation and error messages (SharedText.resx is Spanish, .en.resx English).</summary>
public sealed class SharedText;
