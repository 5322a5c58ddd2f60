namespace Reintegra.Web.Features.Identity;

/// <summary>Strings of the identity area: matching evidence, duplicate review, merges (IdentityText.resx Spanish, .en.resx English).</summary>
public sealed class IdentityText;
