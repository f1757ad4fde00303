using System.IO.Compression;
using System.Text;
using System.Xml;
using MigrationStats.Common;

namespace MigrationStats.Workbook;

/// <summary>A relationship from one part to another (or to an external target).</summary>
internal sealed record PartRelationship(string Id, string Type, string Target, bool External = false);

/// <summary>
/// The zip container of an .xlsx written front to back: each part is a zip entry written once,
/// straight to the target stream. The Open XML SDK 2.x opens packages through
/// System.IO.Packaging, which on .NET holds every part it writes in memory, uncompressed, until
/// the package closes (Open-XML-SDK issue 807); writing the entries here keeps memory flat.
/// The parts' XML is written with the SDK's <c>OpenXmlWriter</c>; this class adds what the
/// package format needs around them: content types and relationships.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    public const string RelationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";

    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    private readonly ZipArchive zip;
    private readonly DateTimeOffset stamp;
    private readonly CompressionLevel level;
    private readonly List<(string Part, string ContentType)> overrides = [];
    private bool finished;

    /// <param name="target">Where the zip goes; left open.</param>
    /// <param name="stamp">Modification time of every entry (the dataset's time, so the same data gives the same file).</param>
    /// <param name="level">Compression of the entries.</param>
    public XlsxPackage(Stream target, DateTimeOffset stamp, CompressionLevel level = CompressionLevel.Optimal)
    {
        zip = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8);
        var earliest = new DateTimeOffset(1980, 1, 2, 0, 0, 0, TimeSpan.Zero);
        this.stamp = stamp < earliest ? earliest : stamp;
        this.level = level;
    }

    /// <summary>Opens a new part (no leading slash: "xl/workbook.xml") for writing; dispose the stream before the next.</summary>
    /// <param name="part">Name of the part in the zip.</param>
    /// <param name="contentType">Its content type.</param>
    /// <param name="large">
    /// A part of many megabytes (a sheet): it is compressed on another core while the caller
    /// writes its XML. A small part is compressed as it is written (a thread would cost more).
    /// </param>
    public Stream Create(string part, string contentType, bool large = false)
    {
        overrides.Add((part, contentType));
        var stream = Entry(part);
        return large ? new HandOffStream(stream) : stream;
    }

    /// <summary>Writes the relationships of a part ("" for the package's own).</summary>
    public void Relationships(string sourcePart, IEnumerable<PartRelationship> relationships)
    {
        var folder = Path.GetDirectoryName(sourcePart)?.Replace('\\', '/') ?? string.Empty;
        var name = (folder.Length > 0 ? folder + "/" : string.Empty) + "_rels/" + Path.GetFileName(sourcePart) + ".rels";
        using var stream = Entry(name);
        using var xml = XmlWriter.Create(stream, XmlSettings);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("Relationships", PackageRelationships);
        foreach (var r in relationships)
        {
            xml.WriteStartElement("Relationship", PackageRelationships);
            xml.WriteAttributeString("Id", r.Id);
            xml.WriteAttributeString("Type", r.Type);
            xml.WriteAttributeString("Target", r.Target);
            if (r.External)
            {
                xml.WriteAttributeString("TargetMode", "External");
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>Writes the content types of every part created and closes the zip.</summary>
    public void Finish()
    {
        using (var stream = Entry("[Content_Types].xml"))
        using (var xml = XmlWriter.Create(stream, XmlSettings))
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("Types", ContentTypesNamespace);
            Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(xml, "xml", "application/xml");
            foreach (var (part, type) in overrides)
            {
                xml.WriteStartElement("Override", ContentTypesNamespace);
                xml.WriteAttributeString("PartName", "/" + part);
                xml.WriteAttributeString("ContentType", type);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        zip.Dispose();
        finished = true;
    }

    public void Dispose()
    {
        if (!finished)
        {
            zip.Dispose();
        }
    }

    private static void Default(XmlWriter xml, string extension, string type)
    {
        xml.WriteStartElement("Default", ContentTypesNamespace);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", type);
        xml.WriteEndElement();
    }

    private Stream Entry(string name)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = stamp;
        return entry.Open();
    }
}
