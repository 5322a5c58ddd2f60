namespace Reintegra.Web.Features.Referrals;

/// <summary>Strings of the referral and service-directory pages (ReferralsText.resx is Spanish, .en.resx English).</summary>
public sealed class ReferralsText;
