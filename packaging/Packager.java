import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Builds Back Office's installer image and installer: a trimmed input folder, a jlink'd runtime,
 * the jpackage app-image with its two launchers, on Linux the class list for class-data sharing,
 * and the installer of the operating system (.deb, .msi or .dmg).
 *
 * <p>Run by the Maven profile {@code package} (see pom.xml) as {@code java packaging/Packager.java
 * key=value...}; the keys are read in {@link Settings}. It uses only the JDK running it, whose
 * jlink and jpackage it calls through {@link ToolProvider}, so the same program serves all three
 * operating systems.
 */
public final class Packager {

  /** The window's launcher; its name is also the application's name in menus and installers. */
  static final String NAME = "Back Office";

  /** The console launcher, for scripts: {@code backoffice user add ...}. */
  static final String CONSOLE = "backoffice";

  static final String MAIN_CLASS = "app.backoffice.Main";

  /** What the jars need from the JDK (checked with jdeps; FXML needs java.scripting). */
  static final String MODULES = "java.base,java.logging,java.scripting,java.sql,jdk.unsupported";

  /** Class-data sharing files in the image's app folder (see make-cds-archive.sh). */
  static final String CLASS_LIST = "backoffice.classlist";

  static final String ARCHIVE = "backoffice.jsa";

  static final String SQLITE_NATIVES = "org/sqlite/native/";

  private final Settings settings;
  private final Path work;

  private Packager(Settings settings) {
    this.settings = settings;
    this.work = settings.target.resolve("package");
  }

  public static void main(String[] arguments) throws Exception {
    new Packager(Settings.parse(arguments)).run();
  }

  private void run() throws IOException, InterruptedException {
    deleteRecursively(work);
    Files.createDirectories(work);
    Path input = prepareInput();
    Path runtime = linkRuntime();
    Path image = appImage(input, runtime);
    boolean trained = settings.os == Os.LINUX && recordClassList(image);
    if (!settings.type.equals("app-image")) {
      installer(image);
    }
    if (trained) {
      // After the installer, which must not carry an archive made for this folder: the .deb
      // makes its own in /opt/backoffice when it is installed.
      makeArchive(image);
    }
    report(image);
  }

  // ---- the input folder --------------------------------------------------------------------

  /**
   * Copies the application jar and its libraries, leaving out JavaFX's empty placeholder jars and
   * unpacking native libraries next to the jars, so that nothing is extracted at run time: JavaFX
   * looks for its libraries beside its jars, and sqlite-jdbc where {@code org.sqlite.lib.path}
   * says. sqlite-jdbc's libraries for other systems are left out (about 13 MB).
   */
  private Path prepareInput() throws IOException {
    Path input = work.resolve("input");
    Path lib = input.resolve("lib");
    Files.createDirectories(lib);
    Files.copy(settings.target.resolve("backoffice.jar"), input.resolve("backoffice.jar"));
    List<Path> jars;
    try (Stream<Path> listed = Files.list(settings.target.resolve("lib"))) {
      jars = listed.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
    }
    String sqliteNatives = SQLITE_NATIVES + settings.os.sqliteFolder + "/" + arch() + "/";
    for (Path jar : jars) {
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        if (zip.stream().noneMatch(e -> !e.isDirectory() && !e.getName().startsWith("META-INF/"))) {
          continue; // a placeholder such as javafx-base-21.0.11.jar; the -linux jar holds the code
        }
        boolean signed = zip.stream().anyMatch(e -> e.getName().matches("META-INF/[^/]+\\.SF"));
        // JavaFX keeps its libraries at the root of its jars, sqlite-jdbc under org/sqlite/native.
        boolean javafxStyle = zip.stream().anyMatch(e -> isNative(e.getName()) && !isNested(e));
        boolean sqliteStyle = zip.stream().anyMatch(e -> e.getName().startsWith(SQLITE_NATIVES));
        if (signed || (!javafxStyle && !sqliteStyle)) {
          Files.copy(jar, lib.resolve(jar.getFileName()));
          continue;
        }
        List<String> unpacked = new ArrayList<>();
        try (ZipOutputStream out =
            new ZipOutputStream(Files.newOutputStream(lib.resolve(jar.getFileName())))) {
          for (ZipEntry entry : zip.stream().toList()) {
            String name = entry.getName();
            boolean wanted = !isNested(entry) || name.startsWith(sqliteNatives);
            if (isNative(name) && wanted) {
              Path to = lib.resolve(name.substring(name.lastIndexOf('/') + 1));
              try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
              }
              unpacked.add(to.getFileName().toString());
            } else if (!name.startsWith(SQLITE_NATIVES)) {
              ZipEntry copy = new ZipEntry(name);
              copy.setTime(entry.getTime());
              out.putNextEntry(copy);
              try (InputStream in = zip.getInputStream(entry)) {
                in.transferTo(out);
              }
              out.closeEntry();
            }
          }
        }
        log("%s: natives unpacked %s", jar.getFileName(), unpacked);
      }
    }
    return input;
  }

  private static boolean isNested(ZipEntry entry) {
    return entry.getName().contains("/");
  }

  private static boolean isNative(String name) {
    return name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib")
        || name.endsWith(".jnilib");
  }

  /** The architecture as sqlite-jdbc names its folders. */
  private static String arch() {
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    return switch (arch) {
      case "amd64", "x86_64" -> "x86_64";
      case "aarch64", "arm64" -> "aarch64";
      default -> arch;
    };
  }

  // ---- the runtime -------------------------------------------------------------------------

  private Path linkRuntime() throws IOException, InterruptedException {
    Path runtime = work.resolve("runtime");
    List<String> options = new ArrayList<>(List.of("--add-modules", MODULES));
    if (!settings.locales.isBlank()) {
      // Dates are written in the user's locale; java.base alone knows only English.
      options.set(1, MODULES + ",jdk.localedata");
      options.add("--include-locales=" + settings.locales);
    }
    options.addAll(
        List.of(
            "--strip-debug",
            "--no-header-files",
            "--no-man-pages",
            "--compress=2",
            "--output",
            runtime.toString()));
    tool("jlink", options);
    if (settings.os == Os.LINUX) {
      stripNativeSymbols(runtime);
    }
    return runtime;
  }

  /**
   * Debian's JDK keeps the symbol tables in its libraries (libjvm.so alone carries 4 MB of them);
   * the installed application has no use for them.
   */
  private void stripNativeSymbols(Path runtime) throws IOException, InterruptedException {
    if (onPath("strip").isEmpty()) {
      log("strip not found (binutils): the runtime keeps its symbol tables, about 4 MB");
      return;
    }
    List<String> command = new ArrayList<>(List.of("strip", "--strip-unneeded"));
    try (Stream<Path> files = Files.walk(runtime)) {
      files.filter(p -> p.toString().endsWith(".so")).forEach(p -> command.add(p.toString()));
    }
    exec(command, Map.of(), 60);
  }

  // ---- the app-image -----------------------------------------------------------------------

  private Path appImage(Path input, Path runtime) throws IOException, InterruptedException {
    List<String> javaOptions = new ArrayList<>();
    // Native libraries are loaded from the image: see prepareInput.
    javaOptions.add("-Dorg.sqlite.lib.path=$APPDIR/lib");
    javaOptions.add("-Djava.library.path=$APPDIR/lib");
    // A desktop client with a small heap and no hot loop but bcrypt: the quick compiler alone
    // (bcrypt about 14% slower, off the FX thread) and the single-threaded collector start it about
    // a fifth sooner with a third less processor time and some 20 MB less memory, measured with
    // packaging/measure-startup.sh.
    javaOptions.add("-XX:TieredStopAtLevel=1");
    javaOptions.add("-XX:+UseSerialGC");
    if (settings.os == Os.LINUX) {
      // Made by make-cds-archive.sh where the image is installed; missing or made elsewhere, the
      // JVM ignores it without a word and starts the usual way.
      javaOptions.add("-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE);
    }

    // An extra launcher's java-options replace the main launcher's, so they are all repeated.
    Path console = work.resolve("console.properties");
    List<String> consoleOptions = new ArrayList<>(javaOptions);
    consoleOptions.add("-Dbackoffice.launcher=console");
    Files.writeString(
        console,
        "java-options=" + String.join(" ", consoleOptions) + "\nwin-console=true\n",
        StandardCharsets.ISO_8859_1);

    List<String> options = new ArrayList<>(common());
    options.addAll(
        List.of(
            "--type", "app-image",
            "--dest", work.resolve("app-image").toString(),
            "--input", input.toString(),
            "--main-jar", "backoffice.jar",
            "--main-class", MAIN_CLASS,
            "--runtime-image", runtime.toString(),
            "--add-launcher", CONSOLE + "=" + console));
    for (String option : javaOptions) {
      options.add("--java-options");
      options.add(option);
    }
    tool("jpackage", options);

    Path built = work.resolve("app-image").resolve(NAME + settings.os.imageSuffix);
    if (settings.os == Os.MAC) {
      return built;
    }
    // A folder name without a space: JDK 17 uses no archived application classes when a jar's
    // path holds a space. The launchers find their files relative to themselves.
    Path image = work.resolve(CONSOLE);
    Files.move(built, image);
    Files.delete(work.resolve("app-image"));
    if (settings.os == Os.LINUX) {
      Path script = settings.packaging.resolve("linux/make-cds-archive.sh");
      Files.copy(script, image.resolve("lib/app/make-cds-archive.sh"));
    }
    return image;
  }

  /** Options that the app-image and the installer share. */
  private List<String> common() {
    List<String> options =
        new ArrayList<>(
            List.of(
                "--name", NAME,
                "--app-version", settings.version,
                "--vendor", settings.vendor,
                "--description", settings.description,
                "--copyright", settings.copyright));
    if (settings.icon != null) {
      options.add("--icon");
      options.add(settings.icon.toString());
    }
    return options;
  }

  // ---- class-data sharing (Linux) ----------------------------------------------------------

  /**
   * Starts the image's window once under a virtual display, with the JVM writing down every class
   * it loads until the sign-in screen is shown, and the command line once; the union is the class
   * list that make-cds-archive.sh turns into an archive where the application is installed.
   * Answers false, after saying why, when no display can be had.
   */
  private boolean recordClassList(Path image) throws IOException, InterruptedException {
    if (!settings.cds) {
      log("class-data sharing off (package.cds=false): no class list");
      return false;
    }
    List<String> display = new ArrayList<>();
    if (onPath("xvfb-run").isPresent()) {
      display.addAll(
          List.of("xvfb-run", "--auto-servernum", "--server-args=-screen 0 1280x800x24"));
    } else if (System.getenv("DISPLAY") == null) {
      warn(
          "No xvfb-run and no DISPLAY: the image is built WITHOUT its class-data sharing class"
              + " list, so the installed application starts slower. Install xvfb to get it.");
      return false;
    }
    // In a temporary folder: JAVA_TOOL_OPTIONS cannot hold a path with spaces.
    Path training = Files.createTempDirectory("backoffice-training");
    try {
      Path bin = image.resolve("bin");
      String dataDir = "--data-dir=" + training.resolve("data");
      exec(
          List.of(
              bin.resolve(CONSOLE).toString(), dataDir, "user", "add",
              "--email", "training@example.com", "--role", "admin", "--password-stdin"),
          Map.of(
              "JAVA_TOOL_OPTIONS", "-XX:DumpLoadedClassList=" + training.resolve("cli.classlist"),
              "STDIN", "Training-password-for-the-class-list-42\n"),
          120);
      List<String> window = new ArrayList<>(display);
      window.addAll(List.of(bin.resolve(NAME).toString(), dataDir));
      exec(
          window,
          Map.of(
              "JAVA_TOOL_OPTIONS",
              "-XX:DumpLoadedClassList="
                  + training.resolve("gui.classlist")
                  + " -Dbackoffice.startup.exit=true"),
          180);
      Set<String> classes = new LinkedHashSet<>();
      classes.addAll(Files.readAllLines(training.resolve("gui.classlist")));
      classes.addAll(Files.readAllLines(training.resolve("cli.classlist")));
      if (classes.stream().noneMatch(c -> c.startsWith("app/backoffice/ui/signin/"))) {
        warn("The training run never reached the sign-in screen: no class list.");
        return false;
      }
      Files.write(image.resolve("lib/app").resolve(CLASS_LIST), classes);
      log("class list: %d entries", classes.size());
      return true;
    } catch (IOException | IllegalStateException e) {
      warn("The training run failed (" + e.getMessage() + "): no class list.");
      return false;
    } finally {
      deleteRecursively(training);
    }
  }

  private void makeArchive(Path image) throws IOException, InterruptedException {
    if (image.toString().contains(" ")) {
      log("the image's path holds a space, which JDK 17's class-data sharing refuses: no archive");
      return;
    }
    exec(List.of("sh", image.resolve("lib/app/make-cds-archive.sh").toString()), Map.of(), 300);
  }

  // ---- the installer -----------------------------------------------------------------------

  private void installer(Path image) throws IOException, InterruptedException {
    List<String> options = new ArrayList<>(common());
    options.addAll(
        List.of(
            "--type", settings.type,
            "--app-image", image.toString(),
            "--dest", work.toString()));
    Path resources = settings.packaging.resolve(settings.os.folder).resolve("resources");
    if (Files.isDirectory(resources)) {
      options.add("--resource-dir");
      options.add(resources.toString());
    }
    Path arguments = settings.packaging.resolve(settings.os.folder).resolve("installer.args");
    options.addAll(readArguments(arguments));
    tool("jpackage", options);
  }

  /** One argument a line; blank lines and lines starting with # are left out. */
  private static List<String> readArguments(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  // ---- the report --------------------------------------------------------------------------

  private void report(Path image) throws IOException {
    System.out.println();
    System.out.printf("app-image  %-55s %6.1f MB%n", work.relativize(image), megabytes(image));
    Path runtime = image.resolve(settings.os == Os.MAC ? "Contents/runtime" : "lib/runtime");
    if (Files.isDirectory(runtime)) {
      System.out.printf("  runtime  %-55s %6.1f MB%n", "", megabytes(runtime));
    }
    Path archive = image.resolve("lib/app").resolve(ARCHIVE);
    if (Files.exists(archive)) {
      System.out.printf("  archive  %-55s %6.1f MB%n", "lib/app/" + ARCHIVE, megabytes(archive));
    }
    try (Stream<Path> files = Files.list(work)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.matches(".*\\.(deb|rpm|msi|exe|dmg|pkg)")) {
          System.out.printf("installer  %-55s %6.1f MB%n", name, megabytes(file));
        }
      }
    }
  }

  private static double megabytes(Path path) throws IOException {
    try (Stream<Path> files = Files.walk(path)) {
      long bytes =
          files
              .filter(Files::isRegularFile)
              .mapToLong(
                  p -> {
                    try {
                      return Files.size(p);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  })
              .sum();
      return bytes / 1_000_000.0;
    }
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static void tool(String name, List<String> arguments) {
    ToolProvider tool =
        ToolProvider.findFirst(name)
            .orElseThrow(() -> new IllegalStateException(name + " is not in this JDK"));
    log("%s %s", name, String.join(" ", arguments));
    PrintWriter out = new PrintWriter(System.out, true);
    int status = tool.run(out, out, arguments.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException(name + " failed with status " + status);
    }
  }

  /**
   * Runs a command with extra environment variables (STDIN, if given, is written to its standard
   * input), its output going to ours; fails unless it ends with status 0 within the time.
   */
  private static void exec(List<String> command, Map<String, String> environment, int seconds)
      throws IOException, InterruptedException {
    log("%s", String.join(" ", command));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    Map<String, String> env = new LinkedHashMap<>(environment);
    String stdin = env.remove("STDIN");
    builder.environment().putAll(env);
    if (stdin != null) {
      builder.redirectInput(ProcessBuilder.Redirect.PIPE);
    }
    Process process = builder.start();
    if (stdin != null) {
      try (OutputStream in = process.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
    }
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      throw new IllegalStateException(command.get(0) + " did not finish in " + seconds + " s");
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(command.get(0) + " ended with status " + process.exitValue());
    }
  }

  private static Optional<Path> onPath(String program) {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    return Stream.of(path.split(java.io.File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, program))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  private static void log(String format, Object... arguments) {
    System.out.println("[packager] " + String.format(format, arguments));
  }

  private static void warn(String message) {
    System.out.println("[packager] WARNING: " + message);
  }

  // ---- settings ----------------------------------------------------------------------------

  enum Os {
    LINUX("linux", "Linux", ""),
    WINDOWS("windows", "Windows", ""),
    MAC("mac", "Mac", ".app");

    /** The folder under packaging/ with this system's installer options and resources. */
    final String folder;

    /** The folder under org/sqlite/native/ in sqlite-jdbc's jar. */
    final String sqliteFolder;

    /** What jpackage adds to the app-image's folder name. */
    final String imageSuffix;

    Os(String folder, String sqliteFolder, String imageSuffix) {
      this.folder = folder;
      this.sqliteFolder = sqliteFolder;
      this.imageSuffix = imageSuffix;
    }

    static Os current() {
      String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
      if (name.startsWith("windows")) {
        return WINDOWS;
      }
      return name.startsWith("mac") ? MAC : LINUX;
    }
  }

  /** The key=value arguments that the Maven profile passes. */
  static final class Settings {
    final Os os = Os.current();
    Path target;
    Path packaging;
    String type;
    String version;
    String vendor;
    String description;
    String copyright;
    Path icon;
    String locales = "";
    boolean cds = true;

    static Settings parse(String[] arguments) {
      Map<String, String> given = new LinkedHashMap<>();
      for (String argument : arguments) {
        int equals = argument.indexOf('=');
        if (equals < 1) {
          throw new IllegalArgumentException("expected key=value, got " + argument);
        }
        given.put(argument.substring(0, equals), argument.substring(equals + 1));
      }
      Settings settings = new Settings();
      settings.target = Path.of(required(given, "target")).toAbsolutePath();
      settings.packaging = Path.of(required(given, "packaging")).toAbsolutePath();
      settings.type = required(given, "type");
      // jpackage takes one to three numbers: 0.1.0-SNAPSHOT becomes 0.1.0.
      settings.version = required(given, "version").replaceFirst("[^0-9.].*$", "");
      settings.vendor = required(given, "vendor");
      settings.description = required(given, "description");
      settings.copyright = required(given, "copyright");
      String icon = given.getOrDefault("icon", "");
      settings.icon = icon.isBlank() ? null : Path.of(icon).toAbsolutePath();
      settings.locales = given.getOrDefault("locales", "");
      settings.cds = !"false".equals(given.get("cds"));
      return settings;
    }

    private static String required(Map<String, String> given, String key) {
      String value = given.get(key);
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("missing " + key + "=...");
      }
      return value;
    }
  }
}
