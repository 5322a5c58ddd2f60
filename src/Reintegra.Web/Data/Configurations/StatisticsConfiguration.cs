using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Data.Configurations;

internal sealed class ReturnFactRecordConfiguration : IEntityTypeConfiguration<ReturnFactRecord>
{
    public void Configure(EntityTypeBuilder<ReturnFactRecord> b)
    {
        b.ToTable("StatisticsReturnFacts");
        b.HasKey(x => x.ReturnId);
        b.Property(x => x.ReturnId).ValueGeneratedNever();
        b.Property(x => x.ReturnedFromCode).HasMaxLength(2);
        b.Property(x => x.OriginAdm1).HasMaxLength(10);
        b.Property(x => x.OriginAdm2).HasMaxLength(10);
        b.HasIndex(x => x.PersonId);
    }
}

internal sealed class StatisticsChangeConfiguration : IEntityTypeConfiguration<StatisticsChange>
{
    public void Configure(EntityTypeBuilder<StatisticsChange> b)
    {
        b.ToTable("StatisticsChanges");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedOnAdd();
    }
}
