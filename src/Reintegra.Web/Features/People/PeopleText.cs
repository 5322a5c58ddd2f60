namespace Reintegra.Web.Features.People;

/// <summary>Strings of the people area (PeopleText.resx Spanish, .en.resx English).</summary>
public sealed class PeopleText;
