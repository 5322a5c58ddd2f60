using System.Globalization;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Cases;

/// <summary>
/// The instance's case rules from configuration (section <c>Cases</c>), read when used so that a changed setting
/// applies without a restart: the amount above which a plan needs a supervisor, its currency, and how many days
/// each step may take before its task is overdue.
/// </summary>
public sealed class CaseSettings(IConfiguration config)
{
    /// <summary>A plan committing more than this (in <see cref="Currency"/>) needs a supervisor's approval.</summary>
    public decimal ApprovalThreshold => decimal.TryParse(config["Cases:ApprovalThreshold"], NumberStyles.Number, CultureInfo.InvariantCulture, out var t) && t >= 0 ? t : 1000m;

    /// <summary>ISO 4217 code of the amounts in plans.</summary>
    public string Currency => config["Cases:Currency"] is { Length: 3 } c ? c.ToUpperInvariant() : "USD";

    public CaseSchedule Schedule => new(
        Days("Cases:AssessmentDueDays", CaseSchedule.Default.AssessmentDays),
        Days("Cases:PlanDueDays", CaseSchedule.Default.PlanDays),
        Days("Cases:FollowUpDueDays", CaseSchedule.Default.FollowUpDays));

    /// <summary>A referral still waiting for an answer (or to start) after this many days is "pending too long".</summary>
    public int ReferralPendingDays => Days("Cases:ReferralPendingDays", 7);

    private int Days(string key, int fallback) => int.TryParse(config[key], out var d) && d is > 0 and < 3650 ? d : fallback;
}
