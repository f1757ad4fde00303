using System.Globalization;
using System.Text;

namespace MigrationStats.Tests.Ingest;

/// <summary>
/// Small PDFs written byte by byte for the tests: one page of Helvetica text, a correct xref
/// table, and on request a standard security handler the empty password does not open.
/// </summary>
internal static class PdfFixtures
{
    /// <summary>A one-page PDF whose text layer holds <paramref name="lines"/>, one per line.</summary>
    public static byte[] Text(params string[] lines) => Build(lines, encrypted: false);

    /// <summary>
    /// The same PDF with a trailer <c>/Encrypt</c> dictionary: standard security handler, RC4
    /// 128-bit (/V 2 /R 3), with /O and /U strings that match no password, so a reader that
    /// tries the empty user password (PdfPig does) cannot open it.
    /// </summary>
    public static byte[] Encrypted(params string[] lines) => Build(lines, encrypted: true);

    private static byte[] Build(string[] lines, bool encrypted)
    {
        var content = new StringBuilder("BT /F1 12 Tf 72 720 Td 14 TL\n");
        foreach (var line in lines)
        {
            content.Append('(').Append(line.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("(", @"\(", StringComparison.Ordinal).Replace(")", @"\)", StringComparison.Ordinal)).Append(") Tj T*\n");
        }

        content.Append("ET\n");
        var stream = content.ToString();
        List<string> objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            $"<< /Length {Encoding.Latin1.GetByteCount(stream)} >>\nstream\n{stream}endstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ];
        if (encrypted)
        {
            objects.Add($"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <{new string('A', 64)}> /U <{new string('5', 64)}> >>");
        }

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            // Each xref entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, two-byte end of line.
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        var id = "<0123456789ABCDEF0123456789ABCDEF>";
        var encrypt = encrypted ? $" /Encrypt {objects.Count} 0 R" : string.Empty;
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R{encrypt} /ID [{id} {id}] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
