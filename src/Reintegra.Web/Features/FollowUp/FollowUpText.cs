namespace Reintegra.Web.Features.FollowUp;

/// <summary>Strings of the follow-up area: the survey's questions and answers, schedule, scores and closing (FollowUpText.resx Spanish, .en.resx English).</summary>
public sealed class FollowUpText;
