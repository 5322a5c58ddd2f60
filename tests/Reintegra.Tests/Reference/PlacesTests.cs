using Reintegra.Reference;

namespace Reintegra.Tests.Reference;

public class PlacesTests
{
    [Fact]
    public void Guatemala_has_22_departments_and_their_municipalities()
    {
        var departments = Places.Default.Admin1("GT");
        Assert.Equal(22, departments.Count);
        var huehue = Places.Default.Find("GT13");
        Assert.NotNull(huehue);
        Assert.Equal("Huehuetenango", huehue.Name);
        Assert.All(Places.Default.Admin2("GT13"), m => Assert.Equal("GT13", m.ParentPCode));
        Assert.Equal(33, Places.Default.Admin2("GT13").Count);
    }

    [Fact]
    public void Country_codes_resolve_in_both_forms_and_languages()
    {
        var us = Countries.Default.Find("usa");
        Assert.NotNull(us);
        Assert.Equal("US", us.Alpha2);
        Assert.Equal("Estados Unidos", us.Name("es"));
        Assert.Equal("United States", us.Name("en"));
        Assert.Null(Countries.Default.Find("XX"));
    }

    [Fact]
    public void Csv_reader_keeps_quoted_delimiters_line_breaks_and_line_numbers()
    {
        var text = "a,b\n\"x, y\",\"multi\nline\"\n\"say \"\"hi\"\"\",z\n";
        var records = CsvText.Read(new StringReader(text)).ToList();
        Assert.Equal(3, records.Count);
        Assert.Equal(["x, y", "multi\nline"], records[1].Fields);
        Assert.Equal(2, records[1].LineNumber);
        Assert.Equal(4, records[2].LineNumber);
        Assert.Equal("say \"hi\"", records[2].Fields[0]);
    }
}
