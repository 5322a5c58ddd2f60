namespace Reintegra.Web.Domain;

/// <summary>
/// Records that two people may edit at once carry a version that every save increments; a save made
/// from an older version is refused instead of silently overwriting the other person's work.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}

/// <summary>A record that belongs to one person: every change to it is written to the audit trail against that person.</summary>
public interface IPersonRecord
{
    Guid PersonId { get; }
}

/// <summary>A record about a person not (yet) registered here, such as an assisted-return request: every change is audited, with no person id.</summary>
public interface IAudited;
