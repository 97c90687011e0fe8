-- A scenario may multiply every school's turnover-housing beds (rounded down), as a sweep's housingBedsFactor does.
alter table scenario add column housing_beds_factor double precision;
