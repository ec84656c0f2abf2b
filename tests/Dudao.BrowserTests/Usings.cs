global using Dudao.BrowserTests.Infrastructure;
global using Shouldly;
global using Xunit;
