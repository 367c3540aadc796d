@echo off
rem fazhi: the fazhi command line, run from this distribution's lib\ folder.
rem Needs Java 17 or later: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the PATH.
rem Extra JVM options go in JAVA_OPTS. Exit status: that of the command.
setlocal
set "FAZHI_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_EXE=java"
)
"%JAVA_EXE%" %JAVA_OPTS% -Djava.awt.headless=true -cp "%FAZHI_HOME%\lib\*" io.github.fazhi.examples.cli.FazhiCommand %*
exit /b %ERRORLEVEL%
