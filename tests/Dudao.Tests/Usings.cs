global using Dudao.Tests.Infrastructure;
global using Shouldly;
global using Xunit;
