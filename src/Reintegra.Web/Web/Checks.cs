using System.Globalization;
using Microsoft.Extensions.Localization;
using Reintegra.Reference;

namespace Reintegra.Web.Web;

/// <summary>
/// Collects field errors for one input, with messages in the user's language, and throws them together.
/// One instance per validation; shared by the API and the pages through the handlers.
/// </summary>
public sealed class Checks(IStringLocalizer<SharedText> text)
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public bool HasError(string field) => _errors.ContainsKey(field);

    public void Add(string field, string messageKey, params object[] args)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(text[messageKey, args]);
    }

    public bool Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "Validation.Required");
            return false;
        }
        return true;
    }

    public bool Required<T>(string field, T? value) where T : struct
    {
        if (value is null)
        {
            Add(field, "Validation.Required");
            return false;
        }
        return true;
    }

    public bool MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            Add(field, "Validation.TooLong", max);
            return false;
        }
        return true;
    }

    /// <summary>A person's name: letters (any script), spaces, apostrophes (Mayan names), hyphens and periods (abbreviations).</summary>
    public bool Name(string field, string? value, bool required, int max = 100)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, "Validation.Required");
            }
            return !required;
        }
        if (!MaxLength(field, value, max))
        {
            return false;
        }
        foreach (var ch in value)
        {
            if (!(char.IsLetter(ch) || ch is ' ' or '\'' or '’' or '-' or '.' || char.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark))
            {
                Add(field, "Validation.NameCharacters");
                return false;
            }
        }
        return true;
    }

    public bool Text(string field, string? value, int max, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, "Validation.Required");
            }
            return !required;
        }
        if (!MaxLength(field, value, max))
        {
            return false;
        }
        if (value.Any(ch => char.IsControl(ch) && ch is not '\n' and not '\r' and not '\t'))
        {
            Add(field, "Validation.ControlCharacters");
            return false;
        }
        return true;
    }

    public bool Range(string field, int? value, int min, int max)
    {
        if (value is { } v && (v < min || v > max))
        {
            Add(field, "Validation.Range", min, max);
            return false;
        }
        return true;
    }

    public bool Enum<T>(string field, T? value, bool required) where T : struct, Enum
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, "Validation.Required");
            }
            return !required;
        }
        if (!System.Enum.IsDefined(value.Value))
        {
            Add(field, "Validation.UnknownOption");
            return false;
        }
        return true;
    }

    /// <summary>Combines a list of [Flags] values (as the API and checkboxes send them) into one value; unknown ones are errors.</summary>
    public T Flags<T>(string field, IEnumerable<T> values) where T : struct, Enum
    {
        var result = 0L;
        foreach (var v in values)
        {
            var bits = Convert.ToInt64(v, CultureInfo.InvariantCulture);
            if (!System.Enum.IsDefined(v) || bits == 0)
            {
                Add(field, "Validation.UnknownOption");
                continue;
            }
            result |= bits;
        }
        return (T)System.Enum.ToObject(typeof(T), result);
    }

    public bool Country(string field, string? code, bool required)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            if (required)
            {
                Add(field, "Validation.Required");
            }
            return !required;
        }
        if (code.Trim().Length != 2 || Countries.Default.Find(code) is null)
        {
            Add(field, "Validation.UnknownCountry");
            return false;
        }
        return true;
    }

    /// <summary>An admin-1 P-code (optionally required) and, if given, an admin-2 P-code inside it.</summary>
    public bool Place(string adm1Field, string? adm1, string adm2Field, string? adm2, bool required)
    {
        if (string.IsNullOrWhiteSpace(adm1))
        {
            if (!string.IsNullOrWhiteSpace(adm2))
            {
                Add(adm1Field, "Validation.Required");
                return false;
            }
            if (required)
            {
                Add(adm1Field, "Validation.Required");
            }
            return !required;
        }
        var department = Places.Default.Find(adm1);
        if (department is not { Level: 1 })
        {
            Add(adm1Field, "Validation.UnknownPCode");
            return false;
        }
        if (string.IsNullOrWhiteSpace(adm2))
        {
            return true;
        }
        var municipality = Places.Default.Find(adm2);
        if (municipality is not { Level: 2 })
        {
            Add(adm2Field, "Validation.UnknownPCode");
            return false;
        }
        if (!string.Equals(municipality.ParentPCode, department.PCode, StringComparison.OrdinalIgnoreCase))
        {
            Add(adm2Field, "Validation.MunicipalityNotInDepartment");
            return false;
        }
        return true;
    }

    /// <summary>The errors as "label: message" lines, labelling each field as the user named it (e.g. a manifest's header).</summary>
    public IReadOnlyList<string> Messages(IReadOnlyDictionary<string, string> labels) =>
        _errors.SelectMany(e => e.Value.Select(m => $"{(labels.TryGetValue(e.Key, out var l) ? l : e.Key)}: {m}")).ToList();

    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new InputValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }
    }
}
