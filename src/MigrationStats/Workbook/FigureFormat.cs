using System.Globalization;
using MigrationStats.Dataset;

namespace MigrationStats.Workbook;

/// <summary>
/// How a figure's value is shown: one number format per kind, valid both as an Excel number
/// format and as a .NET custom format, so the workbook and verify's messages show the same text.
/// </summary>
public static class FigureFormat
{
    private const int MaxDecimals = 4;

    /// <summary>
    /// The number format of a value: <c>#,##0</c> for counts and durations, <c>0.0"%"</c> for
    /// percentage points, <c>"US$ "#,##0</c> (or the row's currency) for money, <c>0.0"×"</c> for
    /// rates. Decimals are added when the value has them, so the cell never hides a digit.
    /// </summary>
    public static string NumberFormat(FigureKind kind, string? currency, decimal value)
    {
        var decimals = Decimals(value);
        return kind switch
        {
            FigureKind.Percent => "0" + Fraction(Math.Max(decimals, 1)) + "\"%\"",
            FigureKind.Rate => "0" + Fraction(Math.Max(decimals, 1)) + "\"×\"",
            FigureKind.Money when CurrencyPrefix(currency) is { Length: > 0 } prefix => $"\"{prefix}\"#,##0{Fraction(decimals)}",
            _ => "#,##0" + Fraction(decimals),
        };
    }

    /// <summary>The value as the workbook shows it ("175,000,000", "21.0%", "US$ 1,500").</summary>
    public static string Display(FigureKind kind, string? currency, decimal value) =>
        value.ToString(NumberFormat(kind, currency, value), CultureInfo.InvariantCulture);

    /// <summary>A plain value with thousands separators and its decimals ("17,500,000", "2.75").</summary>
    public static string Plain(decimal value) =>
        value.ToString("#,##0" + Fraction(Decimals(value)), CultureInfo.InvariantCulture);

    /// <summary>"US$ " for USD, "€ " for EUR, the code and a space for other currencies, empty for none.</summary>
    public static string CurrencyPrefix(string? currency) => (currency ?? string.Empty).Trim().ToUpperInvariant() switch
    {
        "" => string.Empty,
        "USD" => "US$ ",
        "EUR" => "€ ",
        "GBP" => "£ ",
        "JPY" => "¥ ",
        var code => code + " ",
    };

    private static string Fraction(int decimals) => decimals == 0 ? string.Empty : "." + new string('0', decimals);

    /// <summary>Decimals the value needs (trailing zeros dropped), at most <see cref="MaxDecimals"/>.</summary>
    private static int Decimals(decimal value)
    {
        var normalized = value / 1.0000000000000000000000000000m;
        var scale = (decimal.GetBits(normalized)[3] >> 16) & 0xFF;
        return Math.Min(scale, MaxDecimals);
    }
}
