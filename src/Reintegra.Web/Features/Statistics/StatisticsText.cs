namespace Reintegra.Web.Features.Statistics;

/// <summary>Strings of the statistics area (StatisticsText.resx Spanish, .en.resx English).</summary>
public sealed class StatisticsText;
