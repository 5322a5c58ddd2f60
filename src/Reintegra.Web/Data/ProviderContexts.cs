using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Data;

/// <summary>The embedded default: a SQLite file under the data folder.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Search keys are ASCII; the C collation makes prefix ranges use the b-tree whatever the database's locale.
        builder.Entity<Person>(p =>
        {
            p.Property(x => x.SearchSurnames).UseCollation("C");
            p.Property(x => x.SearchFullName).UseCollation("C");
        });
        builder.Entity<PersonDocument>().Property(x => x.NumberKey).UseCollation("C");
    }
}

public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
