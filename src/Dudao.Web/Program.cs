using Dudao.Web.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.AddDudao();

var app = builder.Build();
app.UseDudao();
await app.PrepareDatabaseAsync();
app.Run();

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
