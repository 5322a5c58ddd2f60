using System.Globalization;

namespace Reintegra.Web.Features.FollowUp;

/// <summary>
/// The follow-up schedule from configuration (section <c>FollowUp</c>), read when used: the rounds in months after the
/// return (<c>FollowUp:RoundsMonths</c>, default "3,6,12") and how many days ahead a round shows as a task.
/// Cases are not linked to programmes, so there is no per-programme schedule: one setting for the instance.
/// </summary>
public sealed class FollowUpSettings(IConfiguration config)
{
    public static readonly IReadOnlyList<int> DefaultRounds = [3, 6, 12];

    public IReadOnlyList<int> Rounds
    {
        get
        {
            var text = config["FollowUp:RoundsMonths"];
            if (string.IsNullOrWhiteSpace(text))
            {
                return DefaultRounds;
            }
            var months = new List<int>();
            foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 120)
                {
                    return DefaultRounds;
                }
                months.Add(m);
            }
            return months.Count == 0 ? DefaultRounds : [.. months.Distinct().Order()];
        }
    }

    /// <summary>A round shows on the dashboard (and a survey counts for it) from this many days before it is due.</summary>
    public int DueSoonDays => int.TryParse(config["FollowUp:DueSoonDays"], out var d) && d is >= 0 and <= 90 ? d : 14;
}
