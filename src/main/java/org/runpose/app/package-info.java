/**
 * One analysis from start to end ({@link org.runpose.app.VideoAnalysis}): the pipeline's stages put together, and
 * the outputs written, for every front end (the command line, a web app, a batch job) to call alike.
 */
package org.runpose.app;
