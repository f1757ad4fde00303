using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MigrationStats.Common;

namespace MigrationStats.Dataset;

/// <summary>dataset.json: the whole dataset, written and read back (for <c>migstats chart</c> and verify).</summary>
public static class DatasetJson
{
    /// <summary>The start of every error about a file that is not a dataset.</summary>
    public const string NotADataset = "not a MigrationStats dataset";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new PartialDateConverter() },
    };

    /// <summary>
    /// Reading is strict: a null where the model has no null, or a member the model cannot do
    /// without, is an error at its place in the file, not a null met later. A member the writer
    /// leaves out when null (nullable, or with a default) may be missing.
    /// </summary>
    private static readonly JsonSerializerOptions ReadOptions = new(Options)
    {
        RespectNullableAnnotations = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { RequireNonNullableParameters } },
    };

    private static void RequireNonNullableParameters(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            // IsNullable reads a reference type's annotation; a Nullable<T> (a date, a paragraph number) is nullable too.
            if (property.AssociatedParameter is { IsNullable: false, HasDefaultValue: false } parameter && Nullable.GetUnderlyingType(parameter.ParameterType) is null)
            {
                property.IsRequired = true;
            }
        }
    }

    /// <summary>Serializes the dataset.</summary>
    public static string Write(ExtractedDataset data) => JsonSerializer.Serialize(data, Options);

    /// <summary>Serializes the dataset into a stream as UTF-8, without building the text in memory.</summary>
    public static void Write(ExtractedDataset data, Stream stream) => JsonSerializer.Serialize(stream, data, Options);

    /// <summary>
    /// Reads a dataset (a regular file of at most <see cref="InputFile.MaxOutputBytes"/>); throws
    /// <see cref="InputException"/> naming the file, and for bad JSON the line, position and member,
    /// when it is not one.
    /// </summary>
    public static ExtractedDataset Read(string path) => Parse(path, InputFile.ReadAllText(path, InputFile.MaxOutputBytes));

    /// <summary>Parses dataset JSON read from <paramref name="path"/> (named in errors).</summary>
    public static ExtractedDataset Parse(string path, string json)
    {
        ExtractedDataset? data;
        try
        {
            data = JsonSerializer.Deserialize<ExtractedDataset>(json, ReadOptions);
        }
        catch (JsonException e)
        {
            throw new InputException(path, $"{NotADataset} ({Where(e)}{Reason(e)})");
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // A value the model's constructors refuse (a date that does not exist, a number too large).
            throw new InputException(path, $"{NotADataset} ({Excerpt.Of(e.Message, 200)})");
        }

        if (data is null)
        {
            throw new InputException(path, $"{NotADataset} (the file holds null, not an object)");
        }

        if (Missing(data) is { } problem)
        {
            throw new InputException(path, $"{NotADataset} ({problem})");
        }

        return data;
    }

    /// <summary>"line 3, position 14, at $.figures[0].value: " (lines and positions counted from 1).</summary>
    private static string Where(JsonException e)
    {
        var parts = new List<string>();
        if (e.LineNumber is { } line)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"line {line + 1}"));
        }

        if (e.BytePositionInLine is { } position)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"position {position + 1}"));
        }

        if (!string.IsNullOrEmpty(e.Path))
        {
            parts.Add("at " + Excerpt.Of(e.Path));
        }

        return parts.Count == 0 ? string.Empty : string.Join(", ", parts) + ": ";
    }

    /// <summary>The exception's own text without the path and position it appends (given by <see cref="Where"/>).</summary>
    private static string Reason(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        var reason = (cut >= 0 ? message[..cut] : message).TrimEnd('.', ' ');

        // The serializer's wording names .NET types (and for a bad value, the type holding it): say what is wrong with the JSON instead.
        var missing = reason.IndexOf(MissingMembers, StringComparison.Ordinal);
        return reason.StartsWith("The JSON value could not be converted", StringComparison.Ordinal) ? "a value of the wrong type or out of range"
            : reason.Contains("doesn't allow null values", StringComparison.Ordinal) ? "null where a value is needed"
            : missing >= 0 ? Excerpt.Of("missing " + reason[(missing + MissingMembers.Length)..].Trim(), 200)
            : Excerpt.Of(reason, 200);
    }

    private const string MissingMembers = "was missing required properties including:";

    /// <summary>
    /// The first element or array the model needs that the file leaves null or out ("figures[2] is
    /// null"); the serializer checks members, not the elements of arrays.
    /// </summary>
    private static string? Missing(ExtractedDataset data) =>
        Elements("documents", data.Documents, d => Elements("warnings", d.Warnings, _ => null))
        ?? Elements("figures", data.Figures, f => f.Source is null ? "source is missing" : null)
        ?? Elements("dates", data.Dates, d => d.Source is null ? "source is missing" : d.Period is null ? "period is missing" : null)
        ?? Elements("series", data.Series, s => Elements("points", s.Points, p => p.Source is null ? "source is missing" : p.Time is null ? "time is missing" : null)
            ?? Elements("conflicts", s.Conflicts, c => c.Time is null ? "time is missing" : Elements("points", c.Points, _ => null)))
        ?? Elements("diagnostics", data.Diagnostics, _ => null)
        ?? Elements("skipped", data.Skipped, _ => null);

    private static string? Elements<T>(string name, ImmutableArray<T> items, Func<T, string?> inner)
    {
        if (items.IsDefault)
        {
            return $"'{name}' is missing or null";
        }

        for (var i = 0; i < items.Length; i++)
        {
            var problem = items[i] is null ? "is null" : inner(items[i]);
            if (problem is not null)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{name}[{i}]{(items[i] is null ? " " : ": ")}{problem}");
            }
        }

        return null;
    }

    private sealed class PartialDateConverter : JsonConverter<PartialDate>
    {
        public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && PartialDate.TryParse(reader.GetString(), out var d)
                ? d
                : throw new JsonException("not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");

        public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
