package org.runpose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code runpose} launcher script, with stand-ins for mvn and java that only note that they ran. */
class LauncherTest {

  private static final Instant EARLIER = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant LATER = Instant.parse("2026-01-02T00:00:00Z");

  @TempDir Path dir;
  private Path log;

  @BeforeEach
  void installation() throws Exception {
    Files.copy(Path.of("runpose"), dir.resolve("runpose"));
    Files.writeString(dir.resolve("pom.xml"), "<project/>");
    Files.createDirectories(dir.resolve("src/main"));
    Files.writeString(dir.resolve("src/main/A.java"), "class A {}");
    Files.createDirectories(dir.resolve("target"));
    Files.writeString(dir.resolve("target/runpose.jar"), "jar");
    log = dir.resolve("ran.txt");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    for (String tool : new String[] {"mvn", "java"}) {
      Path stub = Files.writeString(bin.resolve(tool), "#!/bin/sh\necho " + tool + " >> '" + log + "'\n");
      Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  private String run() throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", dir.resolve("runpose").toString(), "--version")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("PATH", dir.resolve("bin") + ":/usr/bin:/bin");
    pb.environment().put("RUNPOSE_CACHE", dir.resolve("cache").toString());
    assertThat(pb.start().waitFor()).isZero();
    return Files.exists(log) ? Files.readString(log) : "";
  }

  private void touch(String file, Instant when) throws Exception {
    Files.setLastModifiedTime(dir.resolve(file), FileTime.from(when));
  }

  @Test
  void aJarNewerThanTheSourcesIsRunAsItIs() throws Exception {
    touch("pom.xml", EARLIER);
    touch("src/main/A.java", EARLIER);
    touch("src/main", EARLIER); // a folder counts too: a file added or removed changes it
    touch("target/runpose.jar", LATER);
    assertThat(run()).isEqualTo("java\n");
  }

  @Test
  void aSourceChangedSinceTheBuildBuildsAgainFirst() throws Exception {
    touch("pom.xml", EARLIER);
    touch("target/runpose.jar", EARLIER);
    touch("src/main/A.java", LATER);
    assertThat(run()).isEqualTo("mvn\njava\n");
  }

  @Test
  void noJarBuildsOne() throws Exception {
    Files.delete(dir.resolve("target/runpose.jar"));
    assertThat(run()).isEqualTo("mvn\njava\n");
  }
}
