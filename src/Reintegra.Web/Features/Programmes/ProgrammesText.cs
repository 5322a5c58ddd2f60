namespace Reintegra.Web.Features.Programmes;

/// <summary>Strings of the programmes, good practices and roadmap area (ProgrammesText.resx Spanish, .en.resx English).</summary>
public sealed class ProgrammesText;
