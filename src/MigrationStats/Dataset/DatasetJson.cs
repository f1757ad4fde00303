using System.Text.Json;
using System.Text.Json.Serialization;

namespace MigrationStats.Dataset;

/// <summary>dataset.json: the whole dataset, written and read back (for <c>migstats chart</c> and verify).</summary>
public static class DatasetJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new PartialDateConverter() },
    };

    /// <summary>Serializes the dataset.</summary>
    public static string Write(ExtractedDataset data) => JsonSerializer.Serialize(data, Options);

    /// <summary>Reads a dataset; throws <see cref="InputException"/> naming the file when it is not one.</summary>
    public static ExtractedDataset Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<ExtractedDataset>(File.ReadAllText(path), Options)
                ?? throw new InputException(path, "not a MigrationStats dataset (empty JSON)");
        }
        catch (JsonException e)
        {
            throw new InputException(path, $"not a MigrationStats dataset ({e.Message.Split('.')[0]})");
        }
        catch (FileNotFoundException)
        {
            throw new InputException(path, InputErrors.NotFound);
        }
    }

    private sealed class PartialDateConverter : JsonConverter<PartialDate>
    {
        public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            PartialDate.TryParse(reader.GetString(), out var d) ? d : throw new JsonException($"bad date '{reader.GetString()}'");

        public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
