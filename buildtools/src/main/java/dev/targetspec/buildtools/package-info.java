/** Steps of the build that rewrite or prepare the packaged jar; nothing here ships in it. */
package dev.targetspec.buildtools;
