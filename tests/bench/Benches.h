#pragma once

#include "BenchRunner.h"

BenchResult benchSigning(bool quick);
BenchResult benchClientOverhead(bool quick);
