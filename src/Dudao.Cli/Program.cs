using Dudao.Cli;

return await CliApp.RunAsync(args);
