extern alias cli;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using cli::Dudao.Cli.Commands;
using cli::Dudao.Cli.Dataset;

namespace Dudao.Tests.Organization.Import;

public sealed class DatasetTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_generated_county_dataset_imports_cleanly(DatabaseKind kind)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dudao-dataset-" + Guid.NewGuid().ToString("N"));
        try
        {
            // A county no other test writes to, so the shared app's counts stay predictable.
            var scale = DatasetScale.For("county", "500108");
            var (schools, institutions) = GenerateDataset.Write(scale, folder, seed: 7);
            var client = await TestApp.For(kind).ApiAsync("admin");

            foreach (var (url, file, rows) in new[] { ("/api/schools/import", schools, 60), ("/api/institutions/import", institutions, 120) })
            {
                var response = await Sheets.UploadAsync(client, url, await File.ReadAllBytesAsync(file));
                var body = await response.Content.ReadAsStringAsync();
                response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
                var counts = JsonDocument.Parse(body).RootElement;
                (counts.GetProperty("imported").GetInt32() + counts.GetProperty("updated").GetInt32()).ShouldBe(rows);
            }
            var list = await client.GetFromJsonAsync<JsonElement>("/api/schools?regionCode=500108");
            list.GetProperty("total").GetInt32().ShouldBe(60);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_rows()
    {
        var scale = DatasetScale.For("province", "500000");
        var first = SchoolRows.Generate(scale, 3).Take(50).Select(r => string.Join('|', r)).ToList();
        var again = SchoolRows.Generate(scale, 3).Take(50).Select(r => string.Join('|', r)).ToList();
        again.ShouldBe(first);
        InstitutionRows.Generate(scale, 3).Take(50).Select(r => string.Join('|', r))
            .ShouldBe(InstitutionRows.Generate(scale, 3).Take(50).Select(r => string.Join('|', r)));
    }
}
