package org.salespipeline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.salespipeline.demo.DemoHost;
import org.salespipeline.demo.DemoOptions;

/** In a real browser, the demo host's start page shows that the app runs. */
class AlivePageBrowserIT {

    @Test
    @DisplayName("the start page shows the app's name and that it is running")
    void startPageInBrowser(@TempDir Path database) throws Exception {
        try (DemoHost host = DemoHost.start(new DemoOptions(0, database)); Browser browser = Browser.start()) {
            browser.driver().get(host.baseUrl() + "/");

            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Sales Pipeline for Jira");
            assertThat(browser.driver().findElement(By.id("status")).getText()).startsWith("The app is running");
            assertThat(Files.size(browser.screenshot("demo-start-page"))).isPositive();
        }
    }
}
