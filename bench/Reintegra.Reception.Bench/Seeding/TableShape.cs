using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Reintegra.Web.Data;

namespace Reintegra.Reception.Bench.Seeding;

/// <summary>
/// A table as the application's EF model maps it: name, columns, and how to read each column's stored value from an
/// entity (through the model's value converters). Bulk writes built on it follow the schema the migrations made,
/// including columns added after this benchmark was written.
/// </summary>
internal sealed class TableShape
{
    private TableShape(string table, IReadOnlyList<TableColumn> columns)
    {
        Table = table;
        Columns = columns;
    }

    public string Table { get; }

    public IReadOnlyList<TableColumn> Columns { get; }

    public string QuotedColumnList => string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));

    public static TableShape For<TEntity>(AppDbContext db)
    {
        var model = db.GetService<IDesignTimeModel>().Model;
        var entity = model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = entity.GetTableName() ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no table.");
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = new List<TableColumn>();
        foreach (var property in entity.GetProperties())
        {
            if (property.IsShadowProperty())
            {
                throw new NotSupportedException($"{typeof(TEntity).Name}.{property.Name} is a shadow property; the seeder cannot read it from the entity.");
            }
            var mapping = property.GetRelationalTypeMapping();
            var converter = property.GetValueConverter() ?? mapping.Converter;
            var getter = property.GetGetter();
            columns.Add(new TableColumn(
                property.GetColumnName(store) ?? property.Name,
                mapping,
                property.IsNullable,
                e => getter.GetClrValueUsingContainingEntity(e) is { } v ? converter is null ? v : converter.ConvertToProvider(v) : null));
        }
        return new TableShape(table, columns);
    }
}

/// <summary>A column; <c>Read</c> gives the value to store for an entity, already converted to the provider's type (enums to numbers ...).</summary>
internal sealed record TableColumn(string Name, RelationalTypeMapping Mapping, bool IsNullable, Func<object, object?> Read);
