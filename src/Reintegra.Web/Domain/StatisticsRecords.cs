namespace Reintegra.Web.Domain;

/// <summary>
/// The de-identified statistical record of one return (what the figures count), kept so that a change to a return
/// or a person can be subtracted from the figures before the new version is added. Never served: only aggregates
/// built from it leave the statistics area.
/// </summary>
public sealed class ReturnFactRecord
{
    public Guid ReturnId { get; set; }

    /// <summary>Only to find the records to recompute when a person changes.</summary>
    public Guid PersonId { get; set; }

    public DateTime ArrivedAt { get; set; }

    public Sex Sex { get; set; }

    public int? AgeAtReturn { get; set; }

    public string ReturnedFromCode { get; set; } = "";

    public ReturnMode Mode { get; set; }

    public ReturnCategory Category { get; set; }

    public string? OriginAdm1 { get; set; }

    public string? OriginAdm2 { get; set; }

    public Vulnerability Vulnerabilities { get; set; }

    /// <summary>The person had returned before this return.</summary>
    public bool IsRepeat { get; set; }
}

/// <summary>A person whose returns changed since the figures were last brought up to date (a queue, emptied each minute).</summary>
public sealed class StatisticsChange
{
    public long Id { get; set; }

    public Guid PersonId { get; set; }

    public DateTime At { get; set; }
}
